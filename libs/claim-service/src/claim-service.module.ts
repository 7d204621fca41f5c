import { Module } from '@nestjs/common';
import { ClaimService } from './claim-service';
import { NetworkCache } from './network-cache';

/** The claim service and the network cache it reads; one of each per process, whichever apps it runs. */
@Module({
  providers: [NetworkCache, ClaimService],
  exports: [ClaimService],
})
export class ClaimServiceModule {}
