/** HTTP conventions of the API: ETags on reads, Idempotency-Key on creating requests, the request body limit. */
package app.loadwise.app.http;
