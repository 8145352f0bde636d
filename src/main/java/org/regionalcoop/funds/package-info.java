/**
 * Pooled funds: an agreement's own fund that its members pay their agreed contributions into and one of its bodies
 * allocates to joint projects; ledgered like the grant programmes (append-only, never over-committed).
 */
package org.regionalcoop.funds;
