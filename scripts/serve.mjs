// Serves the built site (dist/) at http://localhost:4321, or PORT/HOST from the environment.
import { startStaticServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? 'localhost';
const { url } = await startStaticServer({ root: 'dist', host, port });
console.log(`The Good Mentoring Guide is served at ${url}/ (Ctrl+C stops it)`);
