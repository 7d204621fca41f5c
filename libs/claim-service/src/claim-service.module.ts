import { Module } from '@nestjs/common';
import { ClaimService } from './claim-service';
import { NetworkCache } from './network-cache';

/** The claim service and the network cache it reads (the gateway's intake and views read it too); one of each per process, whichever apps it runs. */
@Module({
  providers: [NetworkCache, ClaimService],
  exports: [ClaimService, NetworkCache],
})
export class ClaimServiceModule {}
