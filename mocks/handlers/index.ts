import { exportHandlers } from './export';
import { histogramHandlers } from './histogram';
import { eventTypeHandlers } from './eventTypes';
import { meHandlers } from './me';
import { overviewHandlers } from './overview';
import { recordHandlers } from './records';
import { tailHandlers } from './tail';
import { timelineHandlers } from './timeline';

export const handlers = [
  ...meHandlers,
  ...eventTypeHandlers,
  ...timelineHandlers,
  ...recordHandlers,
  ...exportHandlers,
  ...histogramHandlers,
  ...overviewHandlers,
  ...tailHandlers,
];
