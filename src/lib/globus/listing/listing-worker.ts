import { listingWorker, type ToWorker } from '@/lib/globus/listing/listing-worker-core';

const handle = listingWorker((message, transfer = []) => self.postMessage(message, { transfer }));
self.onmessage = (event: MessageEvent<ToWorker>) => handle(event.data);
