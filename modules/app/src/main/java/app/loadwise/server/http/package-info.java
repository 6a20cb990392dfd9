/**
 * HTTP conventions of the API: ETags on reads, Idempotency-Key on creating requests, the request body limit, query
 * parameters read into typed values.
 */
package app.loadwise.server.http;
