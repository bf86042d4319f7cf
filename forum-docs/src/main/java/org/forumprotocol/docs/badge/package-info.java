/**
 * Badges: sheets of PDF/A badges with cut marks ({@link org.forumprotocol.docs.badge.BadgesPdf}) whose QR
 * codes carry a token signed with the server's badge secret, and the check of such a token at the entrance
 * ({@link org.forumprotocol.docs.badge.BadgeTokens}).
 */
package org.forumprotocol.docs.badge;
