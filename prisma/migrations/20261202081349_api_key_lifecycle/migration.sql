-- AlterTable
ALTER TABLE "api_keys" ADD COLUMN     "hint" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'network';

-- CreateIndex
CREATE INDEX "api_keys_party_id_idx" ON "api_keys"("party_id");
