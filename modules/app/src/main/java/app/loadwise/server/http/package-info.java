/** HTTP conventions of the API: ETags on reads, the request body limit, query parameters read into typed values. */
package app.loadwise.server.http;
