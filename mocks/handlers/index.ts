import { meHandlers } from './me';
import { recordHandlers } from './records';

export const handlers = [...meHandlers, ...recordHandlers];
