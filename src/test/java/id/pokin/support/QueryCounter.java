package id.pokin.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

/**
 * Counts the Cypher statements the application sends through the driver (in sessions and in transactions),
 * so tests can assert that a request costs a fixed number of queries, not one per row.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounter {

	private static final AtomicInteger count = new AtomicInteger();

	public static void reset() {
		count.set(0);
	}

	public static int count() {
		return count.get();
	}

	@Bean
	static BeanPostProcessor countingDriver() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof Driver ? counting(bean) : bean;
			}
		};
	}

	/**
	 * Wraps the driver and the sessions and transactions it hands out (with every interface they implement,
	 * reactive ones included), counting each {@code run}.
	 */
	private static Object counting(Object target) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("run")) {
				count.incrementAndGet();
			}
			try {
				Object result = method.invoke(target, args);
				String name = method.getName();
				boolean opens = name.equals("session") || name.equals("beginTransaction");
				return (result != null && opens) ? counting(result) : result;
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return Proxy.newProxyInstance(target.getClass().getClassLoader(), ClassUtils.getAllInterfaces(target), handler);
	}

}
