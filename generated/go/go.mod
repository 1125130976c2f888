module github.com/openai-images/openai-images-go

go 1.24
