/** Minutes of bilateral meetings and official visits: topics discussed and agreements, per language. */
package org.forumprotocol.core.minutes;
