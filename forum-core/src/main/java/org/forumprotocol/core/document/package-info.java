/**
 * What the documents need from the database: the register of outgoing letters with their reference numbers,
 * and the secrets the server keeps for itself (the key of badge tokens).
 */
package org.forumprotocol.core.document;
