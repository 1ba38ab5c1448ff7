package com.loopin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.shared.AppProperties;
import com.loopin.shared.BusinessTime;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class HealthControllerTests {

    @Test
    void answers503UnhealthyWhenTheDatabaseIsUnreachable() {
        var info = new ServiceInfo(
                new StaticListableBeanFactory().getBeanProvider(org.springframework.boot.info.BuildProperties.class));
        var time = new BusinessTime(
                Clock.systemUTC(),
                new AppProperties(
                        ZoneId.of("Asia/Kolkata"),
                        "IN",
                        List.of(),
                        DataSize.ofKilobytes(64),
                        List.of(),
                        "test-secret",
                        "development"));
        var controller = new HealthController(new DatabaseStatus(new UnreachableDataSource()), info, time);

        var response = new MockHttpServletResponse();
        var health = controller.health(response);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(health.status()).isEqualTo("unhealthy");
        assertThat(health.database()).isEqualTo("unreachable");
    }

    static class UnreachableDataSource implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            throw new SQLException("Connection refused");
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) {
            return null;
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
