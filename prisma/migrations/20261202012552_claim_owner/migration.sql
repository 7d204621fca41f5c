-- AlterTable
ALTER TABLE "claim_events" ADD COLUMN     "acted_by" TEXT;

-- AlterTable
ALTER TABLE "claim_lines" ADD COLUMN     "warranty_ends_on" DATE;

-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "quote" JSONB,
ADD COLUMN     "return_shipment" JSONB;
