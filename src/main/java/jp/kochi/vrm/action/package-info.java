/**
 * 是正措置・再発防止策: corrective actions with an owner and a due date, from an incident's countermeasures (and, as
 * they land, audit findings and self-inspection items), tracked to verification by someone other than the one who
 * completed them, and reminded like every other due item.
 */
package jp.kochi.vrm.action;
