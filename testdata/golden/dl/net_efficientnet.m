% efficientnetb0: MATLAB's 290-layer DAGNetwork (random weights here).
net = efficientnetb0
disp(net.Layers(1).InputSize)
L = net.Layers;
L(end-3:end)
lgraph = efficientnetb0('Weights', 'none');
disp(class(lgraph))
lgraph = replaceLayer(lgraph, 'efficientnet-b0|model|head|dense|MatMul', fullyConnectedLayer(5, 'Name', 'new_fc'));
disp(lgraph.Layers(end-2).OutputSize)
