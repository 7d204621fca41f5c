#!/usr/bin/env node
// The rma-hub CLI runs from its TypeScript source, compiled on load by @swc-node/register.
'use strict';
const path = require('node:path');

// The path aliases (@rma-hub/contracts) and compiler options come from the repository's
// tsconfig, which @swc-node/register otherwise looks for in the current directory.
process.env.SWC_NODE_PROJECT ??= path.join(__dirname, '..', 'tsconfig.json');
require('@swc-node/register');
require('../apps/cli/src/main.ts');
