package jp.kochi.vrm.department;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DepartmentTest {

    @Test
    void trimsInputAndTreatsBlankEnglishNameAsAbsent() {
        Department d = new Department(" 120 ", " 情報政策課 ", "  ");
        assertEquals("120", d.getCode());
        assertEquals("情報政策課", d.getName());
        assertNull(d.getNameEn());
    }

    @Test
    void deactivationIsVisibleInTheAuditedState() {
        Department d = new Department("120", "情報政策課", null);
        assertEquals("true", d.auditState().get("active"));
        d.deactivate();
        assertFalse(d.isActive());
        assertEquals("false", d.auditState().get("active"));
        d.reactivate();
        assertTrue(d.isActive());
    }

    @Test
    void aNewDepartmentHasNoAuditIdYet() {
        assertTrue(Department.blank().isNew());
        assertNull(Department.blank().auditId());
    }
}
