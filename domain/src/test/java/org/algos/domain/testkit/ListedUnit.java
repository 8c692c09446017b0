package org.algos.domain.testkit;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * A RESOURCE_LOCAL persistence unit described in code: the entities a module's test needs,
 * listed like web's persistence.xml lists them, so that no persistence.xml on the test class path
 * competes with another module's.
 */
final class ListedUnit implements PersistenceUnitInfo {

    private final String name;
    private final List<String> classNames;
    private final DataSource dataSource;
    private final Properties properties = new Properties();

    ListedUnit(String name, List<Class<?>> entities, DataSource dataSource) {
        this(name, entities, dataSource, false);
    }

    ListedUnit(String name, List<Class<?>> entities, DataSource dataSource, boolean postgresql) {
        this.name = name;
        this.classNames = entities.stream().map(Class::getName).toList();
        this.dataSource = dataSource;
        // Flyway owns the schema, as in production; JPA only maps it.
        properties.put("jakarta.persistence.schema-generation.database.action", "none");
        // Classes are not woven outside the server; lazy attributes simply load eagerly.
        properties.put("eclipselink.weaving", "false");
        properties.put("eclipselink.logging.level", "WARNING");
        properties.put("eclipselink.jdbc.batch-writing", "JDBC");
        properties.put("eclipselink.target-database", postgresql
                ? "org.eclipse.persistence.platform.database.PostgreSQLPlatform"
                : "org.eclipse.persistence.platform.database.H2Platform");
    }

    @Override
    public String getPersistenceUnitName() {
        return name;
    }

    @Override
    public String getPersistenceProviderClassName() {
        return org.eclipse.persistence.jpa.PersistenceProvider.class.getName();
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    public DataSource getJtaDataSource() {
        return null;
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return dataSource;
    }

    @Override
    public List<String> getMappingFileNames() {
        return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    @Override
    public URL getPersistenceUnitRootUrl() {
        // Only listed classes are mapped, so nothing is scanned here; EclipseLink still wants a root.
        return ListedUnit.class.getProtectionDomain().getCodeSource().getLocation();
    }

    @Override
    public List<String> getManagedClassNames() {
        return classNames;
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return true;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        return SharedCacheMode.ENABLE_SELECTIVE; // as web's persistence.xml: no entity is @Cacheable
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
        return properties;
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "3.0";
    }

    @Override
    public ClassLoader getClassLoader() {
        return Thread.currentThread().getContextClassLoader();
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // Weaving is off: nothing to register.
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return getClassLoader();
    }
}
