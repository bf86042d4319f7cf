/** The printed programme: the booklet of a released agenda, for the whole event or one delegate. */
package org.forumprotocol.docs.programme;
