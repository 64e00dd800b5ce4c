/**
 * Small planted class sets on which {@code ArchitectureRulesTest} shows that the architecture rules fail: package
 * names copy the portal's ({@code platform}, {@code sns}, {@code shell}, …) under this root. Test code only; the
 * architecture test of the portal itself does not import it.
 */
package jp.kochi.vrm.archtest;
