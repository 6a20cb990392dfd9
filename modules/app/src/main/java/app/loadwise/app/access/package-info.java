/** Users, integration API keys and the audit log: the services and REST resources that manage API access. */
package app.loadwise.app.access;
