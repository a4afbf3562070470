/**
 * The API's Hono. The tiny preset's PatternRouter tests a few dozen routes in microseconds and
 * weighs a fraction of the default routers, which matters where the API runs in the demo page.
 */
export { Hono } from 'hono/tiny';
