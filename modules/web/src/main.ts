import { createApp } from 'vue'
import App from './App.vue'
import { createAppRouter } from './router'
import './styles.css'

const app = createApp(App)
app.use(createAppRouter())
app.config.errorHandler = (err) => {
  // an error in a page is shown in the page where it happened; this only keeps one from going unnoticed
  console.warn('Loadwise:', err)
}
app.mount('#app')
