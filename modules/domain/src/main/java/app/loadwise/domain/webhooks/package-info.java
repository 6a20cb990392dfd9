/** Webhooks per club: registered endpoints, the events they announce, and every delivery with its attempts. */
package app.loadwise.domain.webhooks;
