/**
 * The staff workbench: server-rendered pages at {@code /} on which coordination staff, leaders, reviewers,
 * grant officers, finance officers and arbitrators do their work, in Chinese or English. It calls the
 * modules' own services, so the pages obey the same rules as the API.
 */
package org.regionalcoop.workbench;
