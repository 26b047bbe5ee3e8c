import type { zhCN } from './zh-CN';

/** The shape every language must fill: zh-CN's keys, with any string. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof zhCN>;
