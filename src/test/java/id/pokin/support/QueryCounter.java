package id.pokin.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

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
				return bean instanceof Driver driver ? counting(driver, Driver.class) : bean;
			}
		};
	}

	/** Wraps every interface object the driver hands out, counting each {@code run}. */
	@SuppressWarnings("unchecked")
	private static <T> T counting(T target, Class<T> type) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("run")) {
				count.incrementAndGet();
			}
			try {
				Object result = method.invoke(target, args);
				Class<?> returned = method.getReturnType();
				if (result != null && returned.isInterface() && returned.getPackageName().startsWith("org.neo4j.driver")
						&& (returned.getSimpleName().contains("Session") || returned.getSimpleName().contains("Transaction"))) {
					return counting(result, (Class<Object>) returned);
				}
				return result;
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
	}

}
