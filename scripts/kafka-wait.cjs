#!/usr/bin/env node
'use strict';
// Waits until a Kafka cluster started by scripts/kafka.sh answers metadata requests.
// Used by scripts/kafka.sh; not meant to be called by hand.
//
//   node scripts/kafka-wait.cjs --brokers 127.0.0.1:19092,127.0.0.1:19094 --count 2 \
//        [--cluster-id <id>] [--pids 123,456] [--timeout-ms 90000]
//
// Success means: every listed broker, asked on its own, reports `count` live brokers and
// (if given) the expected cluster id. Exit codes: 0 ready, 2 deadline passed, 3 a broker
// process exited, 4 a different Kafka cluster answers on these ports, 64 usage error.
// Progress goes to stderr; nothing is printed on stdout.

const { Kafka, logLevel } = require('kafkajs');

function parseArgs(argv) {
  const out = { brokers: [], count: 1, clusterId: '', pids: [], timeoutMs: 90000 };
  for (let i = 0; i < argv.length; i += 2) {
    const [key, value] = [argv[i], argv[i + 1]];
    if (value === undefined) usage(`missing value for ${key}`);
    if (key === '--brokers') out.brokers = value.split(',').filter(Boolean);
    else if (key === '--count') out.count = Number(value);
    else if (key === '--cluster-id') out.clusterId = value;
    else if (key === '--pids') out.pids = value.split(',').filter(Boolean).map(Number);
    else if (key === '--timeout-ms') out.timeoutMs = Number(value);
    else usage(`unknown option ${key}`);
  }
  if (out.brokers.length === 0 || !(out.count > 0) || !(out.timeoutMs > 0)) usage('bad arguments');
  return out;
}

function usage(msg) {
  process.stderr.write(`kafka-wait: ${msg}\n`);
  process.exit(64);
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function probe(broker, opts) {
  const kafka = new Kafka({
    clientId: 'rma-hub-kafka-wait',
    brokers: [broker],
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1000,
    requestTimeout: 3000,
    retry: { retries: 0 },
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    const info = await admin.describeCluster();
    if (opts.clusterId && info.clusterId !== opts.clusterId) {
      return { fatal: `${broker} belongs to cluster ${info.clusterId}, expected ${opts.clusterId}` };
    }
    if (info.brokers.length < opts.count) {
      return { wait: `${broker}: ${info.brokers.length}/${opts.count} brokers live` };
    }
    return { ok: true };
  } catch (err) {
    return { wait: `${broker}: ${err && err.message ? err.message : err}` };
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const deadline = Date.now() + opts.timeoutMs;
  let last = '';
  for (let attempt = 1; ; attempt++) {
    const dead = opts.pids.filter((pid) => !alive(pid));
    if (dead.length > 0) {
      process.stderr.write(`kafka-wait: broker process(es) ${dead.join(',')} exited\n`);
      process.exit(3);
    }
    const results = await Promise.all(opts.brokers.map((b) => probe(b, opts)));
    const fatal = results.find((r) => r.fatal);
    if (fatal) {
      process.stderr.write(`kafka-wait: ${fatal.fatal}\n`);
      process.exit(4);
    }
    const waiting = results.filter((r) => r.wait).map((r) => r.wait);
    if (waiting.length === 0) return;
    const msg = waiting.join('; ');
    if (msg !== last || attempt % 20 === 0) process.stderr.write(`kafka-wait: waiting (${msg})\n`);
    last = msg;
    if (Date.now() > deadline) {
      process.stderr.write(`kafka-wait: not ready after ${opts.timeoutMs} ms: ${msg}\n`);
      process.exit(2);
    }
    await sleep(250);
  }
}

main().catch((err) => {
  process.stderr.write(`kafka-wait: ${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
