/** The OpenAPI document: operation names, schemas, security schemes, standard answers and examples added to the scanned model. */
package app.loadwise.server.openapi;
