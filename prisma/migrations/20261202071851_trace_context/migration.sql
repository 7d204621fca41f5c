-- AlterTable
ALTER TABLE "deliveries" ADD COLUMN     "trace_context" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "portal_requests" ADD COLUMN     "trace_context" JSONB NOT NULL DEFAULT '{}';
