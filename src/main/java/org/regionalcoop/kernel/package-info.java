/**
 * The shared kernel every stage uses: exact money, the agreement's identity, the vocabulary of refused
 * input and typed process variables ({@link org.regionalcoop.kernel.ProcessVariable}). It depends on no module,
 * so every module may depend on it; HTTP lives only at the edge ({@code web}).
 */
package org.regionalcoop.kernel;
