// A worker that only loads the locale data the first listing needs (warm-up.ts), then ends.
import { warmUpFormatters } from '@/lib/format/warm-up';

warmUpFormatters();
self.close();
