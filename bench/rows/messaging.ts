import { loadConfig } from '@rma-hub/platform';
import { kafkaCeiling } from '../baselines/kafka-ceiling';
import { format, NONE } from '../table';
import type { RowProducer } from './context';

/** Row 5: raw kafkajs produce → consume on the hub's broker, with the hub's partition count: the messaging ceiling. */
export const messagingRows: RowProducer = async ({ kafkaBrokers, settings }) => {
  const { partitions } = loadConfig({ KAFKA_BROKERS: kafkaBrokers }).kafka;
  const { kafkaMessages: messages, kafkaMessageBytes: bytes } = settings;
  const ceiling = await kafkaCeiling(kafkaBrokers.split(','), partitions, messages, bytes);
  return [
    {
      what: `Raw kafkajs produce → consume, ${format(messages)} messages of ${format(bytes)} B, ${partitions} partitions (the messaging ceiling)`,
      hub: NONE,
      baseline: `${format(ceiling.perSecond)} msg/s (produce alone ${format(ceiling.producedPerSecond)} msg/s)`,
      ratio: NONE,
      target: 'the ceiling the chain’s Kafka hops share',
    },
  ];
};
