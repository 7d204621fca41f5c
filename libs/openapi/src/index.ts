export { ApiDocsModule } from './api-docs.module';
export { buildOpenApiDocument, type OpenApiDocument } from './document';
