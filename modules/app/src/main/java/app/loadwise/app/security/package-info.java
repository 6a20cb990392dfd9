/** API security: who is calling (Basic or Bearer API key), what they may do, and which club they may see. */
package app.loadwise.app.security;
