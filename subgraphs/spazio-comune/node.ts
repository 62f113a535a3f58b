import { nodeInterfaceType } from '../shared/global-id.js';

/** This subgraph's Node interface (subgraphs/shared/global-id.ts says why each subgraph has its own). */
export const Node = nodeInterfaceType();
export type Node = InstanceType<typeof Node>;
