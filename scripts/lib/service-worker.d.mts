export function buildServiceWorker(options?: { dir?: string }): Promise<{ count: number; size: number; warnings: string[] }>;
