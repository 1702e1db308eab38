import type { AstroIntegration } from 'astro';
export function unusedIslandRuntime(files: Map<string, string>): string[];
export default function dropUnusedIslandRuntime(): AstroIntegration;
