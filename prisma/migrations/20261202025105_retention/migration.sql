-- CreateIndex
CREATE INDEX "deliveries_state_delivered_at_idx" ON "deliveries"("state", "delivered_at");

-- CreateIndex
CREATE INDEX "idempotency_records_created_at_idx" ON "idempotency_records"("created_at");

-- CreateIndex
CREATE INDEX "processed_messages_processed_at_idx" ON "processed_messages"("processed_at");
