/** The HTTP front end: the Javalin app, its JSON handlers, the page and the error mapping. */
package org.medsearch.http;
