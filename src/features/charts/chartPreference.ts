import { z } from 'zod';
import { createPersisted } from '../../lib/storage';

/** Whether the histogram shows above the grids, in this browser: hidden, it leaves room for rows. */
export const chartPreference = createPersisted('audit-console.chart', z.enum(['shown', 'hidden']), 'shown');
