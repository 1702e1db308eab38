export function buildServiceWorker(options?: { dir?: string }): Promise<{ count: number; size: number; warnings: string[] }>;
export function precachedFiles(options?: { dir?: string }): Promise<{ files: string[]; size: number }>;
