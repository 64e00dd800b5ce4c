package jp.kochi.vrm.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.metamodel.EntityType;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audited record classes by the type the log names them with ({@code Contractor}), read from the persistence
 * unit's metamodel, so the log can tell an enum field's values without the audit package knowing the capabilities.
 */
@ApplicationScoped
public class AuditedTypes {

    @PersistenceUnit
    private EntityManagerFactory emf;

    private volatile Map<String, Class<?>> types;

    /** The record class of a type named in the log, or {@code null} (an event, or a type that is not an entity). */
    public Class<?> classOf(String recordType) {
        if (types == null) {
            Map<String, Class<?>> found = new TreeMap<>();
            for (EntityType<?> e : emf.getMetamodel().getEntities()) {
                if (AuditedEntity.class.isAssignableFrom(e.getJavaType())) {
                    found.put(e.getJavaType().getSimpleName(), e.getJavaType());
                }
            }
            types = Map.copyOf(found);
        }
        return recordType == null ? null : types.get(recordType);
    }
}
