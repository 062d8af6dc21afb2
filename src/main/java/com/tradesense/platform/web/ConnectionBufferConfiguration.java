package com.tradesense.platform.web;

import org.apache.coyote.http11.Http11NioProtocol;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Sizes Tomcat's per-connection buffers from {@link ConnectionBufferProperties}. */
@Configuration(proxyBeanMethods = false)
class ConnectionBufferConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> connectionBuffers(ConnectionBufferProperties buffers) {
        return factory -> {
            factory.setProtocol(SizedResponseBufferProtocol.class.getName());
            factory.addConnectorCustomizers(connector -> {
                connector.setProperty("socket.appReadBufSize", Long.toString(buffers.socketRead().toBytes()));
                connector.setProperty("socket.appWriteBufSize", Long.toString(buffers.socketWrite().toBytes()));
                ((SizedResponseBufferProtocol) connector.getProtocolHandler())
                        .setResponseBufferSize(Math.toIntExact(buffers.response().toBytes()));
            });
        };
    }

    /**
     * Tomcat's HTTP/1.1 NIO protocol with a response buffer of a chosen size: Tomcat sizes the servlet response
     * buffer from {@link #getDesiredBufferSize()}, fixed at 8 KB for HTTP/1.1 otherwise. Public with a no-argument
     * constructor because Tomcat instantiates the protocol by class name.
     */
    public static final class SizedResponseBufferProtocol extends Http11NioProtocol {

        private volatile int responseBufferSize = -1;

        void setResponseBufferSize(int bytes) {
            this.responseBufferSize = bytes;
        }

        @Override
        public int getDesiredBufferSize() {
            return responseBufferSize;
        }
    }
}
