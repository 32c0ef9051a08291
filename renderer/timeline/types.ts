import type { TimelineClient as Client } from '../../shared/timeline';

/** The client the timeline view needs: the whole Dossier API plus the timeline operations. */
export type TimelineClient = Client;
