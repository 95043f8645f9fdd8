package org.privacyportal.backend.db;

import java.time.Instant;
import javax.sql.DataSource;
import org.apache.ibatis.logging.nologging.NoLoggingImpl;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/** The MyBatis session factory; each feature package registers its mapper here. */
public final class MyBatis {

  private MyBatis() {}

  public static SqlSessionFactory sessionFactory(DataSource dataSource, Class<?>... mappers) {
    Configuration configuration =
        new Configuration(new Environment("portal", new JdbcTransactionFactory(), dataSource));
    // MyBatis logs statements with their parameters and rows at debug level: that would put
    // names and card numbers in the log as soon as someone turns debug on. Never log from here.
    configuration.setLogImpl(NoLoggingImpl.class);
    // Personal data must not outlive its request in a cache.
    configuration.setCacheEnabled(false);
    configuration.setLocalCacheScope(org.apache.ibatis.session.LocalCacheScope.STATEMENT);
    configuration.setMapUnderscoreToCamelCase(true);
    configuration.setDefaultStatementTimeout(10);
    // Times are UTC in the database whatever the JVM's zone (see the handler).
    configuration.getTypeHandlerRegistry().register(Instant.class, new UtcInstantTypeHandler());
    for (Class<?> mapper : mappers) {
      // Loads the XML that sits beside the interface (same package under resources).
      configuration.addMapper(mapper);
    }
    return new SqlSessionFactoryBuilder().build(configuration);
  }
}
