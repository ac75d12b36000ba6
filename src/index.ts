'use client';
export * from './core/index';
export { GenericFallback } from './react/fallbacks/GenericFallback';
export type { GenericFallbackProps } from './react/fallbacks/GenericFallback';
