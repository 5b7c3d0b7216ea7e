import type { Server } from "http";

export function startServer(options: {
  root: string;
  port?: number;
  host?: string;
}): Promise<{ server: Server; port: number; url: string }>;

export function resolveInside(root: string, requestPath: string): string | null;
